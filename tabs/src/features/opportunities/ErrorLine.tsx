import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import { ApiError } from '../../lib/api';

const useStyles = makeStyles({
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, overflowWrap: 'anywhere' },
});

/** A failed call in one line, with the server's own explanation when it gave one. */
export function ErrorLine({ error }: { error: unknown }) {
  const intl = useIntl();
  const styles = useStyles();
  if (!error) return null;
  const detail = error instanceof ApiError && error.status < 500 && error.status !== 0 ? error.message : null;
  return (
    <Text as="p" role="alert" size={200} className={styles.error}>
      {detail ?? intl.formatMessage({ id: 'opportunities.failed' })}
    </Text>
  );
}
