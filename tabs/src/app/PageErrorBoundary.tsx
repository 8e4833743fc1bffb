import { Button } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../components/Page';
import { StateMessage } from '../components/StateMessage';
import { TeamsContext } from '../teams/context';

/**
 * Catches what no page handles itself (a page's code failing to load after a deploy, a bug) and
 * shows a way out instead of a blank tab; the Teams host is told the tab failed to load.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  static override contextType = TeamsContext;
  declare context: React.ContextType<typeof TeamsContext>;
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    this.context?.reportLoadFailed(error instanceof Error ? error.message : 'The page failed.');
  }

  override render(): ReactNode {
    return this.state.failed ? <PageFailed /> : this.props.children;
  }
}

function PageFailed() {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'app.pageFailed.title' })}>
      <StateMessage
        intent="error"
        title={intl.formatMessage({ id: 'app.pageFailed.title' })}
        action={
          <Button appearance="primary" onClick={() => window.location.reload()}>
            {intl.formatMessage({ id: 'app.reload' })}
          </Button>
        }
      >
        {intl.formatMessage({ id: 'app.pageFailed.body' })}
      </StateMessage>
    </Page>
  );
}
