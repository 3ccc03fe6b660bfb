import { useState } from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../testing/render.tsx';
import { DateField } from './date-field.tsx';

/** A form's date held as the contracts hold it, shown beside the field so the test can read it. */
function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="Signed on" value={value} onChange={setValue} />
      <output data-testid="value">{value}</output>
    </>
  );
}

const value = () => screen.getByTestId('value').textContent;

describe('a date typed in the reader’s calendar', () => {
  it('shows a stored date in the Buddhist era with the Thai month, not mm/dd/yyyy', () => {
    renderWithApp(<Harness initial="2026-12-07" />);
    expect(screen.getByRole('group', { name: 'Signed on' })).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'วัน' }).value).toBe('7');
    const month = screen.getByRole<HTMLSelectElement>('combobox', { name: 'เดือน' });
    expect(month.selectedOptions[0]?.textContent).toBe('ธันวาคม');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'ปี พ.ศ.' }).value).toBe('2569');
  });

  it('turns a Buddhist-era date a Thai reader types into the Gregorian date the platform keeps', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness />);
    await user.type(screen.getByRole('textbox', { name: 'วัน' }), '5');
    // Half typed: not a date, so the form's schema refuses it rather than saving something else.
    expect(value()).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'เดือน' }), 'มีนาคม');
    await user.type(screen.getByRole('textbox', { name: 'ปี พ.ศ.' }), '2570');
    expect(value()).toBe('2027-03-05');
  });

  it('takes the Gregorian year in English', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness />, { locale: 'en' });
    await user.type(screen.getByRole('textbox', { name: 'Day' }), '31');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Month' }), 'December');
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '2026');
    expect(value()).toBe('2026-12-31');
  });

  it('is empty again when every part is cleared', async () => {
    const user = userEvent.setup();
    renderWithApp(<Harness initial="2026-12-07" />);
    await user.clear(screen.getByRole('textbox', { name: 'วัน' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'เดือน' }), '');
    await user.clear(screen.getByRole('textbox', { name: 'ปี พ.ศ.' }));
    expect(value()).toBe('');
  });
});
