import { Badge } from '@fluentui/react-components';
import { Archive16Regular } from '@fluentui/react-icons';

/** Marks an archived item (read-only, out of the lists) with a word, not colour alone. */
export function ArchivedBadge({ label }: { label: string }) {
  return (
    <Badge appearance="tint" color="informative" icon={<Archive16Regular />}>
      {label}
    </Badge>
  );
}
