import { useMemo, type ComponentType } from 'react';
import { IntlProvider, useIntl } from 'react-intl';
import { asCatalogue } from './catalogue';

/** A part of the catalogue (`en.<area>.ts`): message ids to messages, precompiled by the build. */
export type CataloguePart = Readonly<Record<string, unknown>>;

/**
 * Makes views carry their area's texts: `withMessages(meetingMessages)(MeetingRunPanel)` renders the
 * view inside an IntlProvider that adds the parts to the messages around it, with the app's locale.
 * Wrap the views that pages load lazily, so that an area's texts travel with its code instead of
 * with every surface's first render; only texts every surface needs stay in `en.ts`.
 */
export function withMessages(...parts: CataloguePart[]) {
  const own: Record<string, unknown> = Object.assign({}, ...parts) as Record<string, unknown>;
  return function wrap<P extends object>(View: ComponentType<P>): ComponentType<P> {
    function WithMessages(props: P) {
      const intl = useIntl();
      const messages = useMemo(() => asCatalogue({ ...intl.messages, ...own }), [intl.messages]);
      return (
        <IntlProvider locale={intl.locale} defaultLocale={intl.defaultLocale} messages={messages}>
          <View {...props} />
        </IntlProvider>
      );
    }
    WithMessages.displayName = `WithMessages(${View.displayName ?? View.name})`;
    return WithMessages;
  };
}
