/// The strings of inline editing in every language (reached through `Text.inline`).
package enum InlineEditText: LocalizedText {
    case failed, shortcutHelp

    package var bilingual: Bilingual {
        switch self {
        case .failed: return Bilingual("Not saved. Open the full form to see why.", "未保存。请打开完整表单查看原因。")
        case .shortcutHelp:
            return Bilingual(
                "In tables with a pencil beside a value, the pencil edits that value in place: Enter saves, Esc cancels.",
                "表格中数值旁带铅笔图标时，点击铅笔即可就地编辑：回车保存，Esc 取消。"
            )
        }
    }

}
