import type { SpaceResponse } from '@coachboard/api/domain';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useIntl } from 'react-intl';
import type { Density } from '../../components/Page';
import { roleMessage } from './roleMessage';

const useStyles = makeStyles({
  facts: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    color: tokens.colorNeutralForeground2,
  },
});

const factSize = { regular: 300, compact: 200, stage: 500 } as const;

/** My role, the member count and the creation date of a space, as one wrapping line. */
export function SpaceFacts({ space, density = 'regular' }: { space: SpaceResponse; density?: Density }) {
  const styles = useStyles();
  const intl = useIntl();
  const facts = [
    intl.formatMessage({ id: 'space.myRole' }, { role: intl.formatMessage({ id: roleMessage[space.myRole] }) }),
    intl.formatMessage({ id: 'space.memberCount' }, { count: space.memberCount }),
  ];
  if (space.archivedAt) facts.unshift(intl.formatMessage({ id: 'space.archivedFact' }));
  if (density !== 'compact') {
    facts.push(
      intl.formatMessage(
        { id: 'space.createdOn' },
        { date: intl.formatDate(space.createdAt, { dateStyle: 'medium' }) },
      ),
    );
  }
  return (
    <ul className={styles.facts}>
      {facts.map((fact) => (
        <li key={fact}>
          <Text size={factSize[density]}>{fact}</Text>
        </li>
      ))}
    </ul>
  );
}
