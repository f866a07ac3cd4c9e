package com.afterdesk.scripts.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which facts a reply states as done, so it is only suggested once the case shows them. */
class ClaimTest {

    @ParameterizedTest(name = "{1} ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            亲，退款已经办好了，请留意账户                        | REFUNDED
            您的退款已审核通过，款项将原路退回                    | REFUNDED
            已经为您退款，一般1-3天到账                           | REFUNDED
            差价已经退回了，您看一下账户                          | REFUNDED
            钱已经退回您账户了吧，这一趟辛苦您了                  | REFUNDED
            补发的包裹已经寄出，单号{运单号}                       | RESENT
            换新的杯子已经发出了，这次加了气泡膜                  | RESENT
            已为您补发，请注意查收                                | RESENT
            本次问题已处理完毕，感谢您的理解                      | RESOLVED
            很高兴问题已解决，有需要随时找我                      | RESOLVED
            """)
    void aScriptThatStatesAFactClaimsIt(String text, Claim claim) {
        assertThat(Claim.in(text)).contains(claim);
    }

    @ParameterizedTest(name = "no claim ← {0}")
    @CsvSource(delimiter = '|', textBlock = """
            亲，收到退货后我们会马上给您退款
            我这就帮您申请补发，安排好了告诉您
            退款正在处理中，请您再耐心等一下
            您看是退款还是补发，我都可以帮您办
            麻烦拍一下破损的地方，我马上处理
            """)
    void aPromiseOrAQuestionClaimsNothing(String text) {
        assertThat(Claim.in(text)).isEmpty();
    }
}
