import {
  CUSTOMER_ROLE_LABELS,
  DEAL_SIZE_LABELS,
  DEAL_STAGE_LABELS,
  SEGMENT_LABELS,
  type PracticeSummaryResponse,
} from '@coachboard/api/domain';

/** The context of a practice in one line, e.g. "Enterprise · Negotiation · Over 250k · Legal". */
export function describeContext(context: PracticeSummaryResponse['context']): string {
  return [
    SEGMENT_LABELS[context.segment],
    DEAL_STAGE_LABELS[context.stage],
    context.dealSize ? DEAL_SIZE_LABELS[context.dealSize] : null,
    context.customerRole ? CUSTOMER_ROLE_LABELS[context.customerRole] : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A link target only when it is an http(s) URL; anything else (javascript:, data:) stays plain text. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
