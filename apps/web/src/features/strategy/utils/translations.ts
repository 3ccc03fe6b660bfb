/** Whether any text of an answer of the plan is the platform's translation (the page then shows the legend). */
export function hasTranslation(answer: unknown): boolean {
  if (Array.isArray(answer)) return answer.some(hasTranslation);
  if (answer === null || typeof answer !== 'object') return false;
  if ('isTranslation' in answer && answer.isTranslation === true) return true;
  return Object.values(answer).some(hasTranslation);
}
