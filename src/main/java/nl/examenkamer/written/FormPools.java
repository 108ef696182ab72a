package nl.examenkamer.written;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.examenkamer.content.Blueprint;

/** A session's pool, built once from its frozen item versions: it never changes after creation. */
@ApplicationScoped
public class FormPools {

    @Inject
    private ItemTexts texts;

    private final Map<Long, FormPool> pools = new ConcurrentHashMap<>();

    public FormPool of(ExamSession session) {
        return pools.computeIfAbsent(session.id(), id -> build(session));
    }

    private FormPool build(ExamSession session) {
        List<Blueprint.Cell> cells = session.cells();
        List<FormPool.Cell> poolCells = new ArrayList<>();
        for (int position = 0; position < cells.size(); position++) {
            int cellPosition = position;
            List<FormPool.PoolItem> items = session.pool().stream()
                    .filter(entry -> entry.cellPosition() == cellPosition)
                    .map(entry -> new FormPool.PoolItem(
                            entry.itemVersionId(),
                            texts.of(entry.itemVersionId()).optionLabels()))
                    .toList();
            Blueprint.Cell cell = cells.get(position);
            poolCells.add(new FormPool.Cell(cell.theme(), cell.legalDomain(), cell.items(), items));
        }
        return new FormPool(poolCells);
    }
}
