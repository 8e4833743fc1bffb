import type { PracticeSummaryResponse } from '@coachboard/api/domain';
import { Text } from '@fluentui/react-components';
import { useIntl } from 'react-intl';

/** "3 adopters · worked for 67%" (the rate counts worked against didn't work only). */
export function AdoptionStats({ adoption }: { adoption: PracticeSummaryResponse['adoption'] }) {
  const intl = useIntl();
  const adopters = intl.formatMessage({ id: 'practices.adopters' }, { count: adoption.adoptionCount });
  const rate =
    adoption.successRate === null
      ? intl.formatMessage({ id: 'practices.noOutcomes' })
      : intl.formatMessage(
          { id: 'practices.successRate' },
          { rate: adoption.successRate, judged: adoption.workedCount + adoption.didNotWorkCount },
        );
  return <Text>{`${adopters} · ${rate}`}</Text>;
}
