/**
 * A stacked chart's figures as a table (the frame and key every chart shares are in
 * components/chart.tsx).
 */
import { useFormat } from '../../../lib/format.ts';
import type { Stack } from '../utils/chart-data.ts';

/** A stacked chart's figures as a table: a row per group, a column per kind of segment, and the total. */
export function StackTable<Group extends string | number, Key extends string>({
  stacks,
  keys,
  caption,
  groupHeading,
  groupName,
  keyName,
  totalHeading,
}: {
  stacks: readonly Stack<Group, Key>[];
  keys: readonly Key[];
  caption: string;
  groupHeading: string;
  groupName: (group: Group) => string;
  keyName: (key: Key) => string;
  totalHeading: string;
}) {
  const { number } = useFormat();
  const countOf = (stack: Stack<Group, Key>, key: Key) =>
    stack.segments.find((segment) => segment.key === key)?.count ?? 0;
  return (
    <table className="table table-compact chart-numbers">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupHeading}</th>
          {keys.map((key) => (
            <th key={key} scope="col">
              {keyName(key)}
            </th>
          ))}
          <th scope="col">{totalHeading}</th>
        </tr>
      </thead>
      <tbody>
        {stacks.map((stack) => (
          <tr key={stack.group}>
            <th scope="row">{groupName(stack.group)}</th>
            {keys.map((key) => (
              <td key={key}>{number(countOf(stack, key))}</td>
            ))}
            <td>{number(stack.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
