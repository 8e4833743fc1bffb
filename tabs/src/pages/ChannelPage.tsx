import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { SpaceOverview } from '../features/spaces/SpaceOverview';
import { SpaceScope, type SpaceData } from '../features/spaces/SpaceScope';
import { CHANNEL_SECTIONS } from './channelSections';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The channel tab "Sales room": the team, then one tab per capability (see channelSections.tsx). */
export function ChannelPage() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'channel.title' })} purpose={intl.formatMessage({ id: 'channel.purpose' })}>
      <SpaceScope>{(data) => <SalesRoom {...data} />}</SpaceScope>
    </Page>
  );
}

function initialSection(): string {
  const requested = new URLSearchParams(window.location.search).get('section');
  return CHANNEL_SECTIONS.some((s) => s.id === requested) && requested
    ? requested
    : (CHANNEL_SECTIONS[0]?.id ?? 'team');
}

function SalesRoom(data: SpaceData) {
  const intl = useIntl();
  const styles = useStyles();
  const [selected, setSelected] = useState(initialSection);
  const section = CHANNEL_SECTIONS.find((s) => s.id === selected) ?? CHANNEL_SECTIONS[0];
  return (
    <>
      <SpaceOverview space={data.space} />
      <TabList
        selectedValue={selected}
        onTabSelect={(_, tab) => setSelected(String(tab.value))}
        aria-label={intl.formatMessage({ id: 'channel.sections' })}
      >
        {CHANNEL_SECTIONS.map((s) => (
          <Tab key={s.id} value={s.id} id={`section-tab-${s.id}`} aria-controls={`section-panel-${s.id}`}>
            {intl.formatMessage({ id: s.label })}
          </Tab>
        ))}
      </TabList>
      {section ? (
        <div
          role="tabpanel"
          id={`section-panel-${section.id}`}
          aria-labelledby={`section-tab-${section.id}`}
          className={styles.panel}
        >
          <section.Component {...data} />
        </div>
      ) : null}
    </>
  );
}
