import { Badge } from '@fluentui/react-components';
import { useIntl } from 'react-intl';

/** Marks a practice a manager declared proven by its peers' outcomes. */
export function ProvenBadge({ size = 'medium' }: { size?: 'medium' | 'extra-large' }) {
  const intl = useIntl();
  return (
    <Badge appearance="tint" color="success" size={size}>
      {intl.formatMessage({ id: 'practices.proven' })}
    </Badge>
  );
}
