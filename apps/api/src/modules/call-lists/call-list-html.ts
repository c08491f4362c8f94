import { CallRecord } from '@pbx/contracts';

export interface CallListHeading {
  accountName: string;
  timeZone: string;
  from: Date;
  to: Date;
  direction: string | null;
}

const escape = (value: unknown): string =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** A self-contained HTML page: it opens offline, years later, without the platform. */
export function callListHtml(heading: CallListHeading, calls: CallRecord[]): string {
  const time = new Intl.DateTimeFormat('pl-PL', { timeZone: heading.timeZone, dateStyle: 'short', timeStyle: 'medium' });
  const rows = calls
    .map(
      (c) => `<tr><td>${escape(time.format(new Date(c.startedAt)))}</td><td>${escape(c.direction)}</td><td>${escape(c.from)}</td><td>${escape(c.to)}</td>` +
        `<td>${escape(c.did ?? '')}</td><td class="n">${c.durationSeconds}</td><td class="n">${c.billableSeconds}</td><td>${escape(c.disposition)}</td>` +
        `<td>${c.recordingId ? 'yes' : ''}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Call list ${escape(heading.accountName)}</title>
<style>body{font-family:sans-serif;margin:24px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}.n{text-align:right}</style></head>
<body><h1>Call list: ${escape(heading.accountName)}</h1>
<p>${escape(time.format(heading.from))} – ${escape(time.format(heading.to))} (${escape(heading.timeZone)}), direction: ${escape(heading.direction ?? 'all')}, calls: ${calls.length}</p>
<table><thead><tr><th>Start</th><th>Direction</th><th>From</th><th>To</th><th>DID</th><th>Duration (s)</th><th>Billable (s)</th><th>Result</th><th>Recording</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
