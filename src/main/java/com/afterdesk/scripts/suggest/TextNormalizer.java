package com.afterdesk.scripts.suggest;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what buyers really type into one canonical form the lexicon can match: full-width letters and punctuation
 * folded (NFKC), Traditional characters converted to Simplified, lower case, common typos and homophones fixed,
 * pinyin abbreviations (tk, zp, cp) spelled out, spaces between Chinese characters (voice input) removed, emoji
 * and runs of punctuation reduced. The signals that only matter for emotion (how many ! and ?, angry emoji,
 * shouting in capitals, stretched characters) are counted on the way and kept in {@link Normalized}.
 */
public final class TextNormalizer {

    /** The canonical text and the intensity signals that the normalisation removed. */
    public record Normalized(String original, String text, int exclamations, int maxQuestionRun,
                             int maxExclamationRun, int angryEmoji, int sadEmoji, boolean shouting,
                             boolean stretched) {
    }

    /** Typos, homophones and slang seen in buyer chats, mapped to the standard word (applied in order). */
    private static final Map<String, String> FIXES = new LinkedHashMap<>();
    /** Pinyin initials buyers type instead of words, matched only as a whole run of Latin letters. */
    private static final Map<String, String> PINYIN = Map.ofEntries(
            Map.entry("tk", "退款"), Map.entry("zp", "正品"), Map.entry("hp", "好评"), Map.entry("cp", "差评"),
            Map.entry("kd", "快递"), Map.entry("wl", "物流"), Map.entry("fh", "发货"), Map.entry("th", "退货"),
            Map.entry("hh", "换货"), Map.entry("qs", "签收"), Map.entry("yhq", "优惠券"), Map.entry("fp", "发票"),
            Map.entry("kf", "客服"), Map.entry("sh", "售后"), Map.entry("tq", "退钱"), Map.entry("jg", "价格"),
            Map.entry("bj", "保价"), Map.entry("zl", "质量"), Map.entry("tmd", "他妈的"), Map.entry("nmd", "你妈的"),
            Map.entry("sb", "傻逼"), Map.entry("wtf", "搞什么"), Map.entry("ok", "好的"), Map.entry("thx", "谢谢"),
            Map.entry("xx", "谢谢"), Map.entry("dd", "订单"), Map.entry("ddh", "订单号"), Map.entry("ydh", "运单号"));

    static {
        String[][] pairs = {
                // homophones and typos of the words that matter most
                {"到帐", "到账"}, {"退欵", "退款"}, {"退宽", "退款"}, {"退kuan", "退款"}, {"退歀", "退款"},
                {"快地", "快递"}, {"快第", "快递"}, {"物留", "物流"}, {"无流", "物流"},
                {"发或", "发货"}, {"发获", "发货"}, {"法货", "发货"}, {"质亮", "质量"}, {"质两", "质量"},
                {"问提", "问题"}, {"问体", "问题"}, {"差平", "差评"}, {"叉评", "差评"}, {"好平", "好评"},
                {"正瓶", "正品"}, {"证品", "正品"}, {"假活", "假货"}, {"假或", "假货"}, {"破顺", "破损"},
                {"破孙", "破损"}, {"签手", "签收"}, {"前收", "签收"}, {"客户服务", "客服"}, {"客付", "客服"},
                {"发漂", "发票"}, {"发飘", "发票"}, {"优会", "优惠"}, {"优惠卷", "优惠券"}, 
                {"冲电", "充电"}, {"按装", "安装"}, {"说明说", "说明书"}, {"尺吗", "尺码"}, {"色查", "色差"},
                {"运废", "运费"}, {"邮废", "邮费"}, {"退回去", "退回去"}, {"退或", "退货"}, {"換", "换"},
                {"没到帐", "没到账"}, {"倒底", "到底"}, {"更本", "根本"}, {"收倒", "收到"}, {"奈心", "耐心"}, {"几天拉", "几天了"}, {"在么", "在吗"}, {"再吗", "在吗"},
                // slang and dialect
                {"咋回事", "怎么回事"}, {"咋整", "怎么办"}, {"咋办", "怎么办"}, {"咋弄", "怎么弄"}, {"咋用", "怎么用"},
                {"咋样", "怎么样"}, {"咋还", "怎么还"}, {"咋", "怎么"}, {"啥时候", "什么时候"}, {"啥时", "什么时候"},
                {"肿么", "怎么"}, {"神马", "什么"}, {"啥", "什么"}, {"木有", "没有"}, {"没得", "没有"},
                {"莫得", "没有"}, {"没啦", "没了"}, {"俺", "我"}, {"偶们", "我们"}, {"米有", "没有"},
                {"尼玛", "你妈"}, {"卧槽", "我操"}, {"沃日", "我操"},
                {"稀烂", "烂了"},
        };
        for (String[] p : pairs) {
            FIXES.put(p[0], p[1]);
        }
    }

    /** Normalises a buyer message; never fails, null becomes empty. */
    public Normalized normalize(String raw) {
        String original = raw == null ? "" : raw;
        String s = Normalizer.normalize(original, Normalizer.Form.NFKC);
        s = ZhConverterUtil.toSimple(s);
        // capitals before lower-casing: a long run of Latin capitals reads as shouting
        boolean shouting = hasShouting(s);
        s = s.toLowerCase(Locale.ROOT);

        StringBuilder out = new StringBuilder(s.length());
        int exclamations = 0;
        int maxQ = 0;
        int maxE = 0;
        int angry = 0;
        int sad = 0;
        boolean stretched = false;
        int qRun = 0;
        int eRun = 0;
        int sameRun = 1;
        int prevCp = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '?' || cp == '？') {
                qRun++;
                maxQ = Math.max(maxQ, qRun);
            } else {
                qRun = 0;
            }
            if (cp == '!' || cp == '！') {
                eRun++;
                exclamations++;
                maxE = Math.max(maxE, eRun);
            } else {
                eRun = 0;
            }
            if (cp == prevCp && Character.isLetter(cp)) {
                sameRun++;
                if (sameRun >= 3) {
                    stretched = true;
                    continue; // 啊啊啊啊 → 啊啊
                }
            } else {
                sameRun = 1;
            }
            prevCp = cp;
            if (isEmoji(cp)) {
                if (ANGRY_EMOJI.indexOf(cp) >= 0) {
                    angry++;
                } else if (SAD_EMOJI.indexOf(cp) >= 0) {
                    sad++;
                }
                out.append(' ');
                continue;
            }
            if (cp == 0xFE0F || cp == 0x200D) {
                continue;
            }
            // punctuation: keep one of a run, mapped to ASCII where NFKC did not
            char c = punct(cp);
            if (c != 0) {
                if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                    continue;
                }
                out.append(c);
                continue;
            }
            out.appendCodePoint(cp);
        }
        String text = squeezeSpaces(out);
        text = expandPinyin(text);
        for (Map.Entry<String, String> f : FIXES.entrySet()) {
            if (text.contains(f.getKey())) {
                text = text.replace(f.getKey(), f.getValue());
            }
        }
        text = questionMa(text);
        return new Normalized(original, text, exclamations, maxQ, maxE, angry, sad, shouting, stretched);
    }

    private static final String ANGRY_EMOJI = "😡😠🤬💢👊🖕💩👎🔪😤";
    private static final String SAD_EMOJI = "😭😢😞😔😩😫🥺😒🙄😓😰💔😣😖";

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1F000 && cp <= 0x1F2FF);
    }

    private static char punct(int cp) {
        return switch (cp) {
            case '?', '？' -> '?';
            case '!', '！' -> '!';
            case ',', '，', '、', ';', '；', ':', '：' -> ',';
            case '.', '。', '…', '~', '～' -> '.';
            case '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '《', '》', '(', ')', '（', '）', '【', '】',
                    '[', ']' -> '"';
            default -> 0;
        };
    }

    /** Drops white space between Chinese characters (voice input, copy-paste) and collapses the rest. */
    private static String squeezeSpaces(StringBuilder in) {
        StringBuilder out = new StringBuilder(in.length());
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (Character.isWhitespace(c)) {
                char prev = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                int j = i;
                while (j < in.length() && Character.isWhitespace(in.charAt(j))) {
                    j++;
                }
                char next = j < in.length() ? in.charAt(j) : ' ';
                if (isAsciiWord(prev) && isAsciiWord(next)) {
                    out.append(' ');
                }
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Expands whole runs of Latin letters that are a known pinyin abbreviation; other words stay. */
    private static String expandPinyin(String s) {
        StringBuilder out = null;
        int i = 0;
        int copied = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                int j = i;
                while (j < s.length() && s.charAt(j) >= 'a' && s.charAt(j) <= 'z') {
                    j++;
                }
                String word = PINYIN.get(s.substring(i, j));
                if (word != null) {
                    if (out == null) {
                        out = new StringBuilder(s.length() + 8);
                    }
                    out.append(s, copied, i).append(word);
                    copied = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (out == null) {
            return s;
        }
        out.append(s, copied, s.length());
        return out.toString();
    }

    /** 是正品么 → 是正品吗: a sentence-final 么 is the question particle (什么/怎么 stay). */
    private static String questionMa(String s) {
        int i = s.indexOf('么');
        if (i < 0) {
            return s;
        }
        char[] cs = s.toCharArray();
        for (; i >= 0; i = s.indexOf('么', i + 1)) {
            boolean end = i + 1 >= cs.length || !Character.isLetterOrDigit(cs[i + 1]);
            char prev = i == 0 ? ' ' : cs[i - 1];
            if (end && "什怎这那多要干".indexOf(prev) < 0) {
                cs[i] = '吗';
            }
        }
        return new String(cs);
    }

    private static boolean hasShouting(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (++run >= 4) {
                    return true;
                }
            } else if (c != ' ') {
                run = 0;
            }
        }
        return false;
    }
}
