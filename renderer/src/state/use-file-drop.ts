import { useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../import/picked-file';
import { takeDropped, walkDropped } from '../import/dropped-files';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * Accepts files and folders dropped anywhere on the window and says whether a drag is over it.
 * Every file drag is cancelled at the window, because a file dropped on a page that does not
 * take it makes the browser (and Electron) navigate away to that file.
 */
export function useFileDrop(onFiles: (files: PickedFile[]) => void): boolean {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  useEffect(() => {
    latest.current = onFiles;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a depth count tells when we truly left.
    let depth = 0;
    function onEnter(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    }
    function onOver(event: DragEvent) {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    }
    function onLeave(event: DragEvent) {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    }
    function onDrop(event: DragEvent) {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      event.stopPropagation();
      depth = 0;
      setDragging(false);
      const taken = takeDropped(event.dataTransfer);
      void walkDropped(taken).then((files) => {
        if (files.length > 0) latest.current(files);
      });
    }
    const listeners = { dragenter: onEnter, dragover: onOver, dragleave: onLeave, drop: onDrop } as const;
    for (const [type, listener] of Object.entries(listeners))
      window.addEventListener(type, listener as EventListener, true);
    return () => {
      for (const [type, listener] of Object.entries(listeners)) {
        window.removeEventListener(type, listener as EventListener, true);
      }
    };
  }, []);

  return dragging;
}
