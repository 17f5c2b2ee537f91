package vn.ktxh.shared.web;

import vn.ktxh.shared.RejectedInput;

/** Text as it enters: a NUL character is refused (PostgreSQL cannot store it, and no Vietnamese text has one). */
final class TextInput {

    static final String NUL_MESSAGE =
            "Nội dung có ký tự NUL (\\u0000), không lưu được; hãy gõ lại hoặc dán lại nội dung";

    private TextInput() {}

    static String withoutNul(String text) {
        if (text != null && text.indexOf('\0') >= 0) {
            throw new RejectedInput(NUL_MESSAGE);
        }
        return text;
    }
}
