// The course's cell editor: CodeMirror 6 with C# highlighting (the clike legacy mode), bundled by esbuild.
import { EditorView, basicSetup } from "codemirror";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { StreamLanguage } from "@codemirror/language";
import { csharp } from "@codemirror/legacy-modes/mode/clike";

export function createEditor(parent, doc, { label, onChange, onRun }) {
  const view = new EditorView({
    doc,
    parent,
    extensions: [
      Prec.highest(keymap.of([{ key: "Shift-Enter", run: () => { onRun(); return true; } }])),
      basicSetup,
      StreamLanguage.define(csharp),
      EditorView.contentAttributes.of({ "aria-label": label }),
      EditorView.updateListener.of((update) => { if (update.docChanged) { onChange(update.state.doc.toString()); } }),
    ],
  });
  return {
    view,
    getValue: () => view.state.doc.toString(),
    setValue: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
  };
}
