export interface ConfirmDialogData {
  /** Translation keys; `params` fill their placeholders. */
  titleKey: string;
  messageKey: string;
  confirmKey?: string;
  params?: Record<string, unknown>;
  /** Red confirm button for deletions and releases. */
  destructive?: boolean;
}
