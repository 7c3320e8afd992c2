import { useImperativeHandle, useRef } from 'react';
import type { ChangeEvent, Ref } from 'react';
import type { PickedFile } from '../import/picked-file';
import { pickedFromInput } from '../import/picked-file';

export interface PickerHandle {
  pickFiles(): void;
  pickFolder(): void;
}

export type ImportPickersProps = {
  onFiles(files: PickedFile[]): void;
  handleRef: Ref<PickerHandle>;
};

/**
 * The browser's own file and folder choosers, kept hidden: the visible "Import…" buttons,
 * the shortcut and the desktop menu all open them through the handle.
 */
export function ImportPickers({ onFiles, handleRef }: ImportPickersProps) {
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  useImperativeHandle(handleRef, () => ({
    pickFiles: () => files.current?.click(),
    pickFolder: () => folder.current?.click(),
  }));

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const picked = pickedFromInput(event.currentTarget.files ?? []);
    // Cleared so that choosing the same file again still fires a change.
    event.currentTarget.value = '';
    if (picked.length > 0) onFiles(picked);
  }

  return (
    <>
      <input ref={files} type="file" multiple hidden aria-label="Files to import" onChange={onChange} />
      <input
        ref={(element) => {
          folder.current = element;
          // React has no prop for it; the DOM property is standard in every Chromium.
          if (element) element.webkitdirectory = true;
        }}
        type="file"
        hidden
        aria-label="Folder to import"
        onChange={onChange}
      />
    </>
  );
}
