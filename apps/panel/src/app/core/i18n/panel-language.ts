/** Languages of the panel; the first customers are Polish (DESIGN.md, conventions). */
export const PANEL_LANGUAGES = ['en', 'pl'] as const;

export type PanelLanguage = (typeof PANEL_LANGUAGES)[number];

export function isPanelLanguage(value: string | null | undefined): value is PanelLanguage {
  return (PANEL_LANGUAGES as readonly string[]).includes(value ?? '');
}
