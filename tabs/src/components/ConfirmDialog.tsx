import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useIntl } from 'react-intl';

/** Props of {@link ConfirmDialog}. Every text comes from the caller, already translated. */
export interface ConfirmDialogProps {
  /** The button that opens the dialog (it asks; the action itself happens on "confirm"). */
  trigger: ReactElement;
  title: string;
  /** What will happen, and whether it can be undone. */
  body: ReactNode;
  /** The action's own verb ("Archive", "Delete"), never "OK". */
  confirmLabel: string;
  /** Defaults to "Cancel". */
  cancelLabel?: string;
  /**
   * Does the action. Without `pending`, the dialog closes first and the caller shows progress and any
   * failure (a caller that unmounts on success never tears down an open modal). With `pending`, the
   * dialog stays open while it runs, closes when it resolves and stays open when it throws, so that
   * the error shown through `error` sits next to the choice.
   */
  onConfirm: () => unknown;
  /** While the action runs: both buttons are disabled and the dialog stays open. */
  pending?: boolean;
  /** Why the last attempt failed, shown in the dialog. */
  error?: ReactNode;
}

/**
 * "Nothing irreversible in one click" (UX.md): a destructive action asks once, in a Fluent alert
 * dialog that names the action on its confirm button. Escape or "Cancel" leaves everything as it was.
 */
export function ConfirmDialog({
  trigger,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  pending,
  error,
}: ConfirmDialogProps) {
  const intl = useIntl();
  const [open, setOpen] = useState(false);
  const tracksProgress = pending !== undefined;
  const confirm = async (): Promise<void> => {
    if (!tracksProgress) {
      setOpen(false);
      void onConfirm();
      return;
    }
    try {
      await onConfirm();
      setOpen(false);
    } catch {
      // The caller shows the error through `error`; the dialog stays open.
    }
  };
  return (
    <Dialog open={open} onOpenChange={(_event, data) => setOpen(pending ? true : data.open)} modalType="alert">
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            {body}
            {error}
          </DialogContent>
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button appearance="secondary" disabled={pending}>
                {cancelLabel ?? intl.formatMessage({ id: 'confirm.cancel' })}
              </Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={pending} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
