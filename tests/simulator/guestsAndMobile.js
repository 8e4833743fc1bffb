/*
 * Series, guests and mobile hosts (issue 18) in the Teams host simulator (tests only; loaded before
 * simulator.js, which answers frameless messages with simulator.answerNative).
 *
 * meeting.getMeetingDetails answers as Teams does (`[error, {details, conversation, organizer}]`)
 * with a configurable occurrence: URL parameters meetingStart (ISO; without it the host answers
 * as Teams does without the RSC permission), meetingEnd, meetingType (default Recurring) and
 * meetingTitle, or simulator.setMeetingDetails({...} | null) between loads.
 * user=anonymous plays an anonymous meeting user: no ids in the context, licence type Anonymous, and
 * authentication.getAuthToken fails. A mobile host (hostClientType android|ios) hosts the tab
 * frameless: with frameless=1 the simulator loads no frame and answers messages passed to
 * simulator.answerNative(json) (a test bridges them from the tab's window.nativeInterface).
 */
/* global window */
'use strict';

/**
 * Adds the issue 18 answers to the simulator's `answers` (getContext and getAuthToken for an anonymous user,
 * meeting.getMeetingDetails); returns the anonymous user id, whether the host is frameless, and a setter of
 * the meeting details.
 */
window.addGuestsAndMobile = ({ params, host, answers, without, nonEmpty, withoutUndefined, unsupported }) => {
  const ANONYMOUS = 'anonymous';
  /** teams-js ErrorCode.PERMISSION_DENIED: what Teams answers without OnlineMeeting.ReadBasic.Chat. */
  const PERMISSION_DENIED = 1000;
  /** What Teams answers getAuthToken for an anonymous user, who has no Entra account. */
  const ANONYMOUS_TOKEN_FAILURE = 'FailedToGetToken: anonymous users have no SSO token';
  const frameless = params.get('frameless') === '1';
  let meetingDetails = nonEmpty('meetingStart')
    ? withoutUndefined({
        scheduledStart: nonEmpty('meetingStart'),
        scheduledEnd: nonEmpty('meetingEnd'),
        type: nonEmpty('meetingType') ?? 'Recurring',
        title: nonEmpty('meetingTitle'),
      })
    : null;

  const baseGetContext = answers.getContext;
  answers.getContext = async (args) => {
    const [context] = await baseGetContext(args);
    if (host.user !== ANONYMOUS) return [context];
    // Anonymous meeting users have no Entra identity: no object id, tenant or UPN.
    const { userObjectId: _id, tid: _tid, userPrincipalName: _upn, loginHint: _hint, ...rest } = context;
    return [{ ...rest, userDisplayName: 'Guest (anonymous)', userLicenseType: 'Anonymous' }];
  };
  const baseGetAuthToken = answers['authentication.getAuthToken'];
  answers['authentication.getAuthToken'] = async (args) => {
    if (host.user === ANONYMOUS) return [false, ANONYMOUS_TOKEN_FAILURE];
    return baseGetAuthToken(args);
  };
  answers['meeting.getMeetingDetails'] = () => {
    if (without.has('meeting')) return [unsupported('meeting'), null];
    if (!host.meetingId || !meetingDetails) {
      return [{ errorCode: PERMISSION_DENIED, message: 'the app lacks OnlineMeeting.ReadBasic.Chat' }, null];
    }
    return [
      null,
      {
        details: withoutUndefined({
          id: `event-${host.meetingId.slice(0, 12)}`,
          scheduledStartTime: meetingDetails.scheduledStart,
          scheduledEndTime:
            meetingDetails.scheduledEnd ??
            new Date(Date.parse(meetingDetails.scheduledStart) + 60 * 60_000).toISOString(),
          joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(host.chatId ?? 'chat')}/0`,
          title: meetingDetails.title,
          type: meetingDetails.type,
        }),
        conversation: { id: host.chatId ?? '' },
        organizer: { id: 'u-megan', tenantId: 'demo-tenant' },
      },
    ];
  };

  return {
    ANONYMOUS,
    frameless,
    /** Changes what meeting.getMeetingDetails answers (null: as without the RSC permission). */
    setMeetingDetails(details) {
      meetingDetails = details;
    },
  };
};
