/** A titled list of sheet names (the template step's result). */
import { Body1, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  list: {
    margin: "4px 0 0 0",
    paddingLeft: "20px",
    lineHeight: "1.6",
    overflowWrap: "anywhere",
  },
});

export function SheetList({ title, names, testId }: { title: string; names: readonly string[]; testId: string }) {
  const styles = useStyles();
  if (names.length === 0) return null;
  return (
    <div data-testid={testId}>
      <Body1 as="strong">{title}</Body1>
      <ul className={styles.list}>
        {names.map((name) => (
          <li key={name}>
            <Body1>{name}</Body1>
          </li>
        ))}
      </ul>
    </div>
  );
}
