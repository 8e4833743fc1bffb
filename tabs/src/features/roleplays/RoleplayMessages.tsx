import { useMemo, type ComponentType } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { asCatalogue } from '../../i18n/catalogue';
import { roleplayDebriefMessages } from '../../i18n/en.roleplays.debrief';
import { roleplayLibraryMessages } from '../../i18n/en.roleplays.library';
import { roleplayRunMessages } from '../../i18n/en.roleplays.run';

/** Every text of the role-play views (precompiled like `en`). */
export const roleplayMessages = { ...roleplayLibraryMessages, ...roleplayRunMessages, ...roleplayDebriefMessages };

/**
 * Wraps a role-play view that pages load lazily, so that the role-play texts (~5 KB gzip) travel
 * with the role-play code instead of with every surface's first render: the view renders inside
 * an IntlProvider that adds them to the app's messages, with the app's locale.
 */
export function withRoleplayMessages<P extends object>(View: ComponentType<P>): ComponentType<P> {
  function WithRoleplayMessages(props: P) {
    const intl = useIntl();
    const messages = useMemo(() => asCatalogue({ ...intl.messages, ...roleplayMessages }), [intl.messages]);
    return (
      <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
        <View {...props} />
      </IntlProvider>
    );
  }
  WithRoleplayMessages.displayName = `WithRoleplayMessages(${View.displayName ?? View.name})`;
  return WithRoleplayMessages;
}
