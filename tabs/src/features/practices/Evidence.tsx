import type { PracticeSummaryResponse } from '@coachboard/api/domain';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { safeHttpUrl } from './labels';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column' },
  text: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});

/** Evidence as plain text; only http(s) links are clickable, and they open without an opener. */
export function EvidenceList({ evidence, label }: { evidence: PracticeSummaryResponse['evidence']; label: string }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {evidence.map((item, index) => {
        const href = safeHttpUrl(item.url);
        return (
          <li key={index}>
            {href ? (
              <Link href={href} target="_blank" rel="noopener noreferrer">
                {item.label}
              </Link>
            ) : (
              <Text>{item.url ? `${item.label} (${item.url})` : item.label}</Text>
            )}
            {item.text ? (
              <Text as="p" className={styles.text}>
                {item.text}
              </Text>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
