package vn.ktxh.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void aDotGluedToTheNextSentenceStillEndsItsSentence() {
        String text = "Doanh thu tăng so với năm trước.Riêng quý IV đạt 20 tỷ đồng.";
        SentenceSplitter sentences = new SentenceSplitter(text);
        assertThat(sentences.sentenceStart(text.indexOf("20"))).isEqualTo(text.indexOf("Riêng"));
    }

    @Test
    void anAbbreviationOrANumberKeepsItsSentence() {
        String text = "Tại Tp.Hồ Chí Minh thu 1.595 tỷ đồng, TP.HCM dẫn đầu.";
        SentenceSplitter sentences = new SentenceSplitter(text);
        assertThat(sentences.sentenceStart(text.indexOf("dẫn"))).isZero();
    }
}
