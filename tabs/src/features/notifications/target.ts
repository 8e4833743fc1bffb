import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';

/*
 * Opening what a notice points at: the element that shows an item carries `id={targetDomId(section,
 * itemId)}` and the class of `useTargetHighlight()`; `useOpenTarget` scrolls to it once it is on the
 * page, focuses it and marks it `data-highlighted`.
 */

/** The DOM id of the element showing an item (or a whole section) a notice can open. */
export function targetDomId(section: string, itemId?: string): string {
  return itemId ? `open-${section}-${itemId}` : `open-${section}`;
}

const useStyles = makeStyles({
  target: {
    scrollMarginBlock: tokens.spacingVerticalXXL,
    '&[data-highlighted="true"]': {
      outlineStyle: 'solid',
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorBrandStroke1,
      outlineOffset: tokens.spacingHorizontalXXS,
      borderRadius: tokens.borderRadiusMedium,
      backgroundColor: tokens.colorBrandBackground2,
    },
  },
});

/** The class an openable element adds: a visible highlight while it is the opened one. */
export function useTargetHighlight(): string {
  return useStyles().target;
}

/** How long an opened target may take to appear (its section loads on its own). */
const WAIT_MS = 15_000;

/** Scrolls to, focuses and highlights the element of `target` as soon as it appears. */
export function useOpenTarget(target: { section: string; itemId?: string; nonce: number } | null): void {
  useEffect(() => {
    if (!target) return;
    const ids = [targetDomId(target.section, target.itemId), targetDomId(target.section)];
    const open = (): boolean => {
      const element = ids.map((id) => document.getElementById(id)).find((e) => e !== null);
      if (!element) return false;
      for (const other of document.querySelectorAll('[data-highlighted="true"]'))
        other.removeAttribute('data-highlighted');
      if (element.id === ids[0]) element.setAttribute('data-highlighted', 'true');
      if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
      element.scrollIntoView({ block: 'center' });
      element.focus({ preventScroll: true });
      return true;
    };
    // The item itself may come later than its section: keep looking for it until it shows or time is up.
    let itemFound = open() && document.getElementById(ids[0] ?? '') !== null;
    if (itemFound) return;
    const observer = new MutationObserver(() => {
      if (document.getElementById(ids[0] ?? '')) {
        itemFound = open();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = window.setTimeout(() => {
      observer.disconnect();
      if (!itemFound) open();
    }, WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [target]);
}
