/** A participant's answers while they take a test: question id → the option chosen. */
export type ChosenAnswers = Readonly<Record<string, number>>;

/** The numbers (from 1) of the questions not yet answered, in the order shown. */
export function unansweredNumbers(questionIds: readonly string[], chosen: ChosenAnswers): number[] {
  return questionIds.flatMap((id, index) => (chosen[id] === undefined ? [index + 1] : []));
}

/** The answers as the server takes them. */
export function answersToSubmit(questionIds: readonly string[], chosen: ChosenAnswers) {
  return questionIds.flatMap((questionId) => {
    const choice = chosen[questionId];
    return choice === undefined ? [] : [{ questionId, choice }];
  });
}
