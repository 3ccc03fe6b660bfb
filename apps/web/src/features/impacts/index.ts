/**
 * The impact register's public door (seed 000 indicators 2 and 3): the themes at /impacts (with the
 * reader's unit's answers, the matrix, the IAO's new theme), a theme's units at /impacts/themes/:id,
 * and a unit's answer at /impacts/themes/:id/units/:code.
 */
export { ImpactsPage } from './components/impacts-page.tsx';
export { ThemePage as ImpactThemePage } from './components/theme-page.tsx';
export { AnswerPage as ImpactAnswerPage } from './components/answer-page.tsx';
