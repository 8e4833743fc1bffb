/** SCAFFOLD: being built (the rep's role-plays over time per criterion, personal tab). */
export default function MyRoleplays() {
  return null;
}
