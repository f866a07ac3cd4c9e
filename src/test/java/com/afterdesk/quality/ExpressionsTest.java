package com.afterdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

    /** Tuesday 24 November 2026, 16:00 in Shanghai. */
    static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 24, 16, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @ParameterizedTest
    @CsvSource({
            "补偿5元, 5元, 500",
            "给您¥5.00, ¥5.00, 500",
            "补您￥12.5, ￥12.5, 1250",
            "五块, 五块, 500",
            "给您5块钱红包, 5块钱, 500",
            "十五元, 十五元, 1500",
            "两块五, 两块五, 250",
            "一百二十元, 一百二十元, 12000",
            "5毛钱, 5毛钱, 50",
            "3块5毛, 3块5毛, 350",
            "退款 59.90 元, 59.90 元, 5990",
    })
    void readsChineseMoney(String text, String span, long fen) {
        List<Expressions.Money> money = Expressions.money(text);
        assertThat(money).hasSize(1);
        Expressions.Money m = money.get(0);
        assertThat(text.substring(m.start(), m.end())).isEqualTo(span);
        assertThat(m.fen()).isEqualTo(fen);
    }

    @Test
    void textWithoutMoneyHasNone() {
        assertThat(Expressions.money("亲，已经帮您催快递了，第一时间回复您")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "明天发货, 明天, 2026-11-25",
            "后天, 后天, 2026-11-26",
            "大后天到, 大后天, 2026-11-27",
            "今天内处理, 今天, 2026-11-24",
            "11月25日发出, 11月25日, 2026-11-25",
            "十二月一号, 十二月一号, 2026-12-01",
            "25号发, 25号, 2026-11-25",
            "3号发, 3号, 2026-12-03",
            "1月3日, 1月3日, 2027-01-03",
            "周五前, 周五, 2026-11-27",
            "星期二, 星期二, 2026-11-24",
            "下周一, 下周一, 2026-11-30",
            "3天内, 3天内, 2026-11-27",
            "三天之内, 三天之内, 2026-11-27",
    })
    void readsChineseDays(String text, String span, String day) {
        List<Expressions.When> times = Expressions.times(text, NOW);
        assertThat(times).hasSize(1);
        Expressions.When w = times.get(0);
        assertThat(text.substring(w.start(), w.end())).isEqualTo(span);
        assertThat(w.day()).isEqualTo(LocalDate.parse(day));
        assertThat(w.latest()).isEqualTo(LocalDate.parse(day).plusDays(1).atStartOfDay(NOW.getZone()).toInstant()
                .minusMillis(1));
    }

    @Test
    void hoursCountFromNow() {
        Expressions.When w = Expressions.times("48小时内发货", NOW).get(0);
        assertThat(w.day()).isNull();
        assertThat(w.latest()).isEqualTo(NOW.plusHours(48).toInstant());
        assertThat(Expressions.times("二十四个小时以内", NOW).get(0).latest()).isEqualTo(NOW.plusHours(24).toInstant());
    }

    @Test
    void impossibleDatesAndOtherNumbersAreNotDays() {
        assertThat(Expressions.times("13月40日", NOW)).isEmpty();
        assertThat(Expressions.times("3号楼的快递柜", NOW)).isEmpty();
        assertThat(Expressions.times("订单号123456", NOW)).isEmpty();
    }

    @Test
    void chineseNumbers() {
        assertThat(Expressions.chineseNumber("五")).isEqualTo(5);
        assertThat(Expressions.chineseNumber("十五")).isEqualTo(15);
        assertThat(Expressions.chineseNumber("二十")).isEqualTo(20);
        assertThat(Expressions.chineseNumber("一百零五")).isEqualTo(105);
        assertThat(Expressions.chineseNumber("两千")).isEqualTo(2000);
        assertThat(Expressions.chineseNumber("好")).isNull();
    }

    @Test
    void formatsYuan() {
        assertThat(Expressions.formatYuan(500, false)).isEqualTo("5元");
        assertThat(Expressions.formatYuan(550, false)).isEqualTo("5.5元");
        assertThat(Expressions.formatYuan(505, true)).isEqualTo("¥5.05");
    }
}
