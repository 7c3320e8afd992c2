import { describe, expect, it } from 'vitest';
import { editingCommand, isTextField } from '../../../renderer/src/state/use-editing-keys';

const none = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

describe('editingCommand', () => {
  it.each([
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'z', metaKey: true }, 'undo'],
    [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    [{ key: 'y', ctrlKey: true }, 'redo'],
    [{ key: '?', shiftKey: true }, 'showShortcuts'],
    [{ key: 'z' }, null],
    [{ key: 'z', ctrlKey: true, altKey: true }, null],
    [{ key: '1', ctrlKey: true }, null],
  ])('%j → %s', (event, expected) => {
    expect(editingCommand({ ...none, ...event })).toBe(expected);
  });
});

describe('isTextField', () => {
  it('leaves typing fields alone but not buttons, colour pickers or the read-only Monaco', () => {
    document.body.innerHTML = `
      <textarea id="note"></textarea><input id="name"><input id="colour" type="color">
      <button id="button"></button><div class="monaco-editor"><textarea id="monaco"></textarea></div>
      <div class="note-monaco"><div class="monaco-editor"><textarea id="note-monaco"></textarea></div></div>
      <div id="plain"></div>`;
    const field = (id: string) => isTextField(document.getElementById(id));
    expect(['note', 'name', 'colour', 'button', 'monaco', 'note-monaco', 'plain'].map(field)).toEqual([
      true,
      true,
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});
