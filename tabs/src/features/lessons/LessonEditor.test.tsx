import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { lessonMessages } from '../../i18n/en.lessons';
import { withMessages } from '../../i18n/withMessages';
import { SPACE_ID } from '../../test/factories';
import { stubApi } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import { LessonEditor } from './LessonEditor';
import { buildSource } from './testFactories';

const Editor = withMessages(lessonMessages)(LessonEditor);
const LESSONS = `/api/spaces/${SPACE_ID}/lessons`;

describe('LessonEditor', () => {
  it('sends nothing until every field is filled in', async () => {
    const requests = stubApi({});
    const user = userEvent.setup();
    renderWithApp(<Editor spaceId={SPACE_ID} lessonId={null} onDone={vi.fn()} />);
    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Renewals');
    await user.click(screen.getByRole('button', { name: 'Save lesson' }));
    expect(screen.getByText(/Fill in every field/)).toBeInTheDocument();
    expect(requests).toEqual([]);
  });

  it('saves with the etag it loaded; on 412 shows the other manager’s version and says so', async () => {
    let version = 1;
    const requests = stubApi({
      [`GET ${LESSONS}/l-renewals/source`]: () =>
        version === 1 ? { body: buildSource() } : { body: buildSource({ title: 'Renewals (Diego’s)', etag: '"v2"' }) },
      [`PUT ${LESSONS}/l-renewals`]: () => {
        version = 2;
        return {
          status: 412,
          body: { type: 'about:blank', title: 'Changed.', status: 412, code: 'precondition_failed' },
        };
      },
    });
    const user = userEvent.setup();
    const onDone = vi.fn();
    renderWithApp(<Editor spaceId={SPACE_ID} lessonId="l-renewals" onDone={onDone} />);
    const title = await screen.findByRole('textbox', { name: /^Title/ });
    expect(title).toHaveValue('Renewals');
    await user.clear(title);
    await user.type(title, 'Renewals, mine');
    await user.click(screen.getByRole('button', { name: 'Save lesson' }));

    expect(await screen.findByText(/Someone else saved this lesson meanwhile/)).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Renewals (Diego’s)')).toBeInTheDocument();
    const put = requests.find((r) => r.method === 'PUT');
    expect(put?.headers.get('if-match')).toBe('"v1"');
    expect(put?.body).toMatchObject({
      title: 'Renewals, mine',
      questions: [{ correct: 0 }, { correct: 1 }, { correct: 0 }],
    });
    expect(onDone).not.toHaveBeenCalled();
  });
});
