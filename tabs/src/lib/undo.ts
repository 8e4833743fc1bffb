import { useEffect, useState } from 'react';

/**
 * True while the server still accepts an undo whose deadline is `undoUntil` (server time; null: none),
 * as this device's clock, corrected by `offsetMs` (`serverTime - localTime`), tells. Turns false by
 * itself when the window closes.
 */
export function useUndoOpen(undoUntil: number | null, offsetMs: number): boolean {
  // The deadline whose window this device last saw close; a new deadline opens a new window.
  const [closed, setClosed] = useState<number | null>(null);
  useEffect(() => {
    if (undoUntil === null) return;
    const timer = setTimeout(() => setClosed(undoUntil), Math.max(0, undoUntil - (Date.now() + offsetMs)));
    return () => clearTimeout(timer);
  }, [undoUntil, offsetMs]);
  return undoUntil !== null && closed !== undoUntil;
}
