import { CallList } from '@pbx/contracts';

/**
 * "Call lists to download" after one list changed (the POST's answer or a live event):
 * the list replaces its older state, the table stays newest first.
 */
export function mergeCallList(lists: readonly CallList[], list: CallList): CallList[] {
  const others = lists.filter((candidate) => candidate.id !== list.id);
  return [list, ...others].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}
