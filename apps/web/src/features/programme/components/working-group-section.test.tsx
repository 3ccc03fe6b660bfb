import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { WorkingGroupMember } from '@bia/contracts';
import { catalogues } from '@bia/i18n';
import { apiError, answerWith, json } from '../../../testing/api-double.ts';
import { errorUnder, labelStarting, sentChanges } from '../../../testing/queries.ts';
import { buildProgrammeDetail } from '../../../testing/programme-factory.ts';
import { renderWithApp } from '../../../testing/render.tsx';
import { WorkingGroupSection } from './working-group-section.tsx';

const th = catalogues.th;
const group = th.programme_pages.group;
const FISCAL_YEAR = 2570;
const MEMBERS = `/api/programmes/${FISCAL_YEAR}/working-group`;

function buildMember(overrides: Partial<WorkingGroupMember> = {}): WorkingGroupMember {
  return {
    id: '2b4d6f8a-1c3e-4a5b-9d7f-0e2c4a6b8d0f',
    fullName: 'ผู้อำนวยการสำนักพัฒนาสังคม',
    position: null,
    unitCode: null,
    groupRole: 'chair',
    email: null,
    phone: null,
    version: 1,
    updatedAt: '2026-12-07T03:00:00.000Z',
    ...overrides,
  };
}

describe('adding a member to the working group', () => {
  it('refuses a member without a name or with a malformed e-mail, and sends nothing', async () => {
    renderWithApp(<WorkingGroupSection programme={buildProgrammeDetail()} />);

    await userEvent.type(screen.getByLabelText(group.email), 'director.bangkok.go.th');
    await userEvent.click(screen.getByRole('button', { name: group.add }));

    const fullName = screen.getByLabelText(labelStarting(group.full_name));
    await waitFor(() => expect(errorUnder(fullName)).toBe(th.errors.field.required));
    expect(errorUnder(screen.getByLabelText(group.email))).toBe(th.errors.field.invalid_email);
    expect(sentChanges()).toEqual([]);
  });

  it('puts the server’s field error under the field it names, without a second alert', async () => {
    answerWith((request) =>
      request.method === 'POST' && request.path === MEMBERS
        ? apiError(400, 'validation_failed', 'ข้อมูลบางช่องไม่ถูกต้อง', [
            { path: 'position', code: 'too_long', message: 'ตำแหน่งยาวเกินไป' },
          ])
        : undefined,
    );
    renderWithApp(<WorkingGroupSection programme={buildProgrammeDetail()} />);

    await userEvent.type(screen.getByLabelText(labelStarting(group.full_name)), 'นางสาวกานดา ใจดี');
    await userEvent.type(screen.getByLabelText(group.position), 'นักวิเทศสัมพันธ์');
    await userEvent.click(screen.getByRole('button', { name: group.add }));

    await waitFor(() => expect(errorUnder(screen.getByLabelText(group.position))).toBe('ตำแหน่งยาวเกินไป'));
    expect(screen.queryByText('ข้อมูลบางช่องไม่ถูกต้อง')).toBeNull();
  });

  it('adds the member in the role chosen, and empties the form for the next', async () => {
    answerWith((request) =>
      request.method === 'POST' && request.path === MEMBERS ? json(buildMember(), 201) : undefined,
    );
    renderWithApp(<WorkingGroupSection programme={buildProgrammeDetail()} />);

    const fullName = screen.getByLabelText<HTMLInputElement>(labelStarting(group.full_name));
    await userEvent.type(fullName, 'ผู้อำนวยการสำนักพัฒนาสังคม');
    await userEvent.selectOptions(screen.getByLabelText(group.role), th.programme.group_roles.chair);
    await userEvent.click(screen.getByRole('button', { name: group.add }));

    await waitFor(() => expect(fullName.value).toBe(''));
    expect(screen.getByLabelText<HTMLSelectElement>(group.role).value).toBe('member');
    expect(sentChanges()).toEqual([
      {
        method: 'POST',
        path: MEMBERS,
        body: { fullName: 'ผู้อำนวยการสำนักพัฒนาสังคม', groupRole: 'chair' },
      },
    ]);
  });
});
