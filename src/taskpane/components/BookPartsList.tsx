/**
 * The book as สร้างบัญชี ผด. wrote it: its parts in print order, each with the pages its footers
 * print ("ส่วนที่ 1 บทนำ · หน้า 1–4", "คำนำ · หน้า ก"), as the สารบัญ lists them.
 */
import { Body1, Body1Strong, Caption1, makeStyles } from "@fluentui/react-components";
import { useId } from "react";
import type { BookPart } from "../../commands/generateResult";
import { partPagesText, partSheetShown } from "../bookParts";
import { useLang } from "../lang";

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: "4px 0 0 0", paddingLeft: "22px", lineHeight: "1.6", overflowWrap: "anywhere" },
});

export function BookPartsList({ parts }: { readonly parts: readonly BookPart[] }) {
  const styles = useStyles();
  const { tr } = useLang();
  const headingId = useId();
  return (
    <section data-testid="book-parts" aria-labelledby={headingId}>
      <Body1Strong as="h3" id={headingId} className={styles.heading}>
        {tr("bookPartsHeading")}
      </Body1Strong>
      <ol className={styles.list}>
        {parts.map((part) => {
          const sheet = partSheetShown(part);
          return (
            <li key={`${part.part}-${part.sheet}`} data-testid="book-part" data-part={part.part}>
              <Body1>
                {part.title} · {partPagesText(part, tr)}
              </Body1>
              {sheet && <Caption1> · {tr("bookPartSheet", { sheet })}</Caption1>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
