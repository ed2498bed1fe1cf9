// The attribution word tables. Each list says why it exists; the words are chosen from how Chinese
// news reports state figures (主语 + 达到/为/超 + figure; figure + 个/项 + counted noun), not from any
// particular article. Adding a word here changes where labels stop; the unit tests pin the effect.
#include "attribute/lexicon.hpp"

#include <array>

namespace zgcfacts::attribution {

const WordList& phrase_breakers() {
    static const WordList words{
        // Structural particles and aspect markers: a label stops at 的 (北京市的研发投入 → 研发投入).
        "的", "了", "着",
        // Copulas and prepositions that open a new constituent.
        "是", "为", "在", "于", "从", "自", "自从", "向", "对", "把", "被", "将", "由", "以", "到", "至",
        "关于", "对于", "位于", "基于", "属于", "等于", "由于", "处于", "至于", "经过", "通过", "按照", "根据",
        // Conjunctions and discourse words that start a clause (和/与/及 stay: 国家和地区 is one label).
        "并", "并且", "而", "而且", "但", "但是", "且", "以及", "其中", "其", "其间", "此外", "同时", "因此",
        "所以", "如果", "即", "就",
        // Adverbs of time, scope and degree that sit between a subject and its figure.
        "已", "已经", "曾", "曾经", "正在", "正式", "均", "都", "也", "又", "再", "更", "仅", "只", "才", "还",
        "共", "共计", "合计", "总计", "累计", "总共", "一共", "分别", "先后", "相继", "持续", "连续", "首次",
        "基本", "基本上", "全部", "不断", "逐渐", "逐步", "进一步", "积极", "大力", "集中", "现场", "成功",
        "高调", "率先", "等", "等等",
        // Verbs of reaching that the grammar may leave outside a figure's surface. The one-character
        // hedges (约 近 超 逾 达 占) are in figure_hedges(): inside a phrase they are parts of words.
        "大约", "将近", "接近", "超过", "达到", "突破", "居", "位居", "高达", "可达", "可达到", "创下", "刷新",
        "位列", "排在", "有", "已有", "共有", "拥有", "具有", "还有", "没有",
        // Verbs that hold a figure at a level, and words of expectation (控制在4.5%以内, 有望突破).
        "控制在", "保持在", "稳定在", "维持在", "预计", "有望", "力争", "拟", "拟按", "拟安排", "安排",
        // Time words (they are period cues, never part of a label).
        "目前", "当前", "今年", "去年", "上年", "前年", "明年", "今天", "如今", "现在", "当日", "当天", "期间", "全年",
        "以来", "截至", "截止", "同期", "年末", "年底", "上年末", "上年底", "去年末", "去年底", "月末", "季末",
        "上月", "上季度", "上半年", "下半年",
        // The end of a range's wording (3万-5万元之间).
        "之间", "之内",
        // Comparison and change: the label is what changes, not the wording of the change.
        "较", "较之", "相较", "相较于", "相比", "比", "同比", "环比", "增长", "下降", "减少", "降低", "提高",
        "提升", "增加", "上升", "增至", "降至", "净增", "净增加", "净减少", "上调", "下调", "扩大", "缩小", "实现",
        "相当于", "高于", "低于", "高出", "快于", "慢于", "上涨", "攀升", "下滑", "下跌", "回落", "回升",
        "收窄", "萎缩", "加快", "放缓", "减缓",
        // How a statistical bulletin says it measured (按可比价格计算比上年增长0.4%): not the subject.
        "按可比价格计算", "按不变价格计算", "按现价计算", "按可比口径计算", "按可比口径",
        // Clause-level verbs that take the figure or the counted thing as an object. Verbs that often
        // modify a noun inside a compound (签约金额, 投资额, 招商总额, 参赛项目, 研发投入经费) are left out.
        "发布", "举办", "举行", "召开", "完成", "提供", "吸引", "介绍", "表示", "指出", "认为", "称", "说",
        "显示", "表明", "成为", "作为", "推出", "推动", "推进", "促进", "促成", "进入", "形成", "包括", "包含",
        "涵盖", "涉及", "覆盖", "围绕", "征集", "遴选", "亮相", "获得", "取得", "赢得", "得到", "获", "带来",
        "带动", "带着", "设立", "设置", "建立", "搭建", "打造", "启动", "开展", "开幕", "闭幕", "落户", "构成", "组成",
        "参加", "参与", "参会", "参展", "报名", "聚集", "汇聚", "汇集", "串联", "融合", "展示", "展出", "达成",
        "签署", "签订", "发表", "出席", "来自", "成长", "脱颖而出", "进行", "实施", "培育", "引进", "入驻",
        "上市", "诞生", "创办", "获批", "提出", "申请", "用于", "助力", "支持", "面向", "聚焦", "瞄准", "迎来",
        "拉开", "标志着", "发挥", "涌现", "涌现出", "从事", "乘坐", "了解", "预计", "计划",
        "作出", "做出", "集聚", "发展至", "发展到", "尚", "折合", "约合",
    };
    return words;
}

const WordList& figure_hedges() {
    // One-character hedges and verbs that join a subject to its figure (签约金额约…, 总营收达…,
    // 基础研究占16%). Skipped only right before a figure: inside a phrase they are usually part of a
    // word or name (习近平, 碳达峰, 超大规模).
    static const WordList words{"约", "近", "超", "逾", "达", "占"};
    return words;
}

const WordList& averaging_adverbs() {
    static const WordList words{"年均", "平均", "平均每年"};
    return words;
}

const WordList& share_nouns() {
    static const WordList words{"比重", "份额", "比例"};
    return words;
}

const WordList& shielding_words() {
    static const WordList words{
        // Nouns and noun-forming compounds around single-character breakers.
        "目的", "显著", "着陆",                                                  // 的 着
        "有限", "所有", "现有", "持有", "特有", "固有", "有效", "有机", "有序", "有关", "有色", "有力",
        "国有", "拥有量", "保有量", "持有量",                                     // 有
        "所在", "潜在", "内在", "外在", "在线", "在校", "在建", "在职", "在读", "在研",  // 在
        "行为", "有为",                                                          // 为
        "从业",                                                                  // 从
        "自主", "自然", "自动", "自由", "自身", "自我", "自治", "各自", "自贸", "自研", "自营", "自有",
        "自愿", "自信", "自行", "自驾", "自律", "自强",                           // 自
        "方向", "导向", "走向", "流向", "定向", "双向", "意向", "倾向", "动向", "取向", "横向", "纵向",
        "指向",                                                                  // 向
        "对接", "对外", "相对", "绝对", "对象", "对话", "对比", "对口", "对称", "对照",  // 对
        "把握", "把关", "将军", "将领", "理由", "缘由", "由来",                   // 把 将 由
        "合并", "兼并", "并购", "并行", "并联",                                   // 并
        "人均", "平均", "均衡", "均值", "户均", "日均", "年均",                   // 均
        "首都", "都市", "都会", "成都", "古都",                                   // 都
        "再生", "再造", "更新", "变更", "就业", "成就", "造就",                   // 再 更 就
        "人才", "英才", "天才", "才华",                                           // 才
        "共享", "公共", "共同", "中共", "共建", "共育", "共促", "共赢", "共性", "共识", "共创", "共生",
        "共担", "共治", "共商",                                                  // 共
        "约束", "公约", "条约", "节约", "预约", "签约", "合约", "制约", "契约", "集约", "特约", "邀约",
        "履约",                                                                  // 约
        "附近", "最近", "近期", "近代", "近年", "靠近", "临近", "近海", "邻近", "近地", "近距离",  // 近
        "超大", "超级", "超导", "超高", "超算", "超声", "超市", "超薄", "超快", "超强", "超低", "超额",
        "超净", "超前", "超常",                                                  // 超
        "发达", "到达", "表达", "传达", "下达", "雷达", "通达", "达人", "达峰",   // 达
        "占比", "占有率", "占地",                                                 // 占
        "居民", "居住", "居家", "定居", "邻居", "民居", "家居", "居委会",         // 居
        "比例", "比重", "比赛", "比特", "比较", "比率", "比值", "无比",           // 比
        "等级", "高等", "平等", "同等", "中等", "初等", "对等", "等离子", "等同", "特等", "等效",  // 等
        "到位", "周到", "到期", "甚至", "至今", "至上", "冬至", "夏至",           // 到 至
        "增长率", "增长点", "降低率", "提升率", "增加值",                         // change words as nouns
        "覆盖率", "覆盖面", "完成率", "发布会", "推进会", "显示屏",               // clause verbs as nouns
        "申请量", "申请数", "集聚区", "聚集区", "发布量", "上市公司", "开幕式", "闭幕式", "开幕会",  // the same
        "时尚", "高尚", "崇尚", "风尚",                                           // 尚
        "模拟", "虚拟", "草拟", "拟人",                                           // 拟
        "支持率", "资金支持", "政策支持", "技术支持",                             // 支持 as a noun
        "参展商", "参展方", "参会者", "参与者", "参与度",                         // 参展 参会 参与
        "规模以上", "限额以上", "全国", "全市", "全省", "全区", "全球",           // statistical scopes
        "及以上", "及以下",                                                       // 硕士及以上学历
    };
    return words;
}

const WordList& comparison_markers() {
    // 是/为/占/相当于 introduce a base only in the 是…的N倍 / 占…的N% shape (see label_walk.cpp).
    static const WordList words{"较", "较之", "相较", "相较于", "相比", "比", "同比", "环比", "是", "为", "占",
                                "相当于", "高于", "低于", "高出", "快于", "慢于", "提高到", "增加到", "增长到",
                                "提升到", "上升到"};
    return words;
}

const WordList& starting_point_markers() {
    static const WordList words{"由", "从"};
    return words;
}

const WordList& attributive_words() {
    static const WordList words{
        "一流", "领先", "先进", "优秀", "知名", "顶尖", "重要", "重大", "新兴", "优质", "高端", "前沿",
        "高水平", "高质量", "世界级", "国家级", "国际级", "代表性", "标志性", "创新型", "科技型",
    };
    return words;
}

const WordList& event_time_markers() {
    static const WordList words{"自", "从", "自从", "于"};
    return words;
}

const WordList& cumulative_markers() {
    static const WordList words{"以来", "来"};
    return words;
}

std::span<const RelativeYear> relative_years() {
    // 当年 (that same year) and 今天 (often figurative: 今天的中国) are left out on purpose.
    static constexpr std::array<RelativeYear, 9> table{{
        {"今年", 0}, {"本年", 0}, {"目前", 0, true}, {"当前", 0, true}, {"现在", 0, true}, {"如今", 0, true},
        {"去年", -1}, {"上年", -1}, {"前年", -2},
    }};
    return table;
}

std::span<const PlanPeriod> plan_periods() {
    // From the third plan (1966–1970) on, each plan is the next five years.
    static constexpr std::array<PlanPeriod, 5> table{{
        {"十一五", 2006}, {"十二五", 2011}, {"十三五", 2016}, {"十四五", 2021}, {"十五五", 2026},
    }};
    return table;
}

const WordList& plan_span_suffixes() {
    static const WordList words{"时期", "期间", "期"};
    return words;
}

const WordList& base_period_suffixes() {
    static const WordList words{"同期"};
    return words;
}

std::size_t hedge_ending_at(std::string_view text, std::size_t end, std::size_t floor) {
    const std::size_t length = figure_hedges().longest_ending_at(text, end, floor);
    if (length == 0 || shielding_words().covers(text, end - length, end)) return 0;
    return length;
}

std::size_t breaker_ending_at(std::string_view text, std::size_t end, std::size_t floor) {
    const std::size_t length = phrase_breakers().longest_ending_at(text, end, floor);
    if (length == 0 || shielding_words().covers(text, end - length, end)) return 0;
    return length;
}

std::size_t breaker_starting_at(std::string_view text, std::size_t begin, std::size_t ceiling) {
    const std::size_t length = phrase_breakers().longest_starting_at(text, begin, ceiling);
    if (length == 0 || shielding_words().covers(text, begin, begin + length)) return 0;
    return length;
}

}  // namespace zgcfacts::attribution
