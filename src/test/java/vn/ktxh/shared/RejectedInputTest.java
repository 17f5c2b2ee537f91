package vn.ktxh.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RejectedInputTest {

    @Test
    void aRefusalPlacedAtAnItemKeepsItsPlaceAsDataAndItsDetailWithoutThePlace() {
        var refused = new RejectedInput("value", "Giá trị \"abc\" không phải là số").atItem(2, "Dòng số liệu thứ 3");

        assertThat(refused.item()).isEqualTo(2);
        assertThat(refused.fieldInItem()).isEqualTo("value");
        assertThat(refused.field()).isEqualTo("[2].value");
        assertThat(refused.detail()).isEqualTo("Giá trị \"abc\" không phải là số");
        assertThat(refused.getMessage()).isEqualTo("Dòng số liệu thứ 3: Giá trị \"abc\" không phải là số");
    }

    @Test
    void placedAgainItNamesOnlyTheNewPlace() {
        var refused = new RejectedInput("unit", "Đơn vị tính không khớp")
                .atItem(0, "Dòng số liệu thứ 1")
                .atItem(7, "Dòng 7");

        assertThat(refused.field()).isEqualTo("[7].unit");
        assertThat(refused.getMessage()).isEqualTo("Dòng 7: Đơn vị tính không khớp");
    }

    @Test
    void aRefusalOfTheWholeRequestHasNoItem() {
        var refused = new RejectedInput("period", "Kỳ \"2024-13\" không hợp lệ");

        assertThat(refused.item()).isNull();
        assertThat(refused.field()).isEqualTo("period");
        assertThat(refused.getMessage()).isEqualTo(refused.detail());
    }
}
