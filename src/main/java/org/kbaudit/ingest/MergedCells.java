package org.kbaudit.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged regions of a sheet. A person who merges cells means the top-left value for the whole region,
 * so a pass over the rows gives every covered cell that value ({@link Pass#fill}). Rows are numbered as
 * {@link TableRow} numbers them (from 1), columns from 0.
 */
final class MergedCells {

    private static final MergedCells NONE = new MergedCells(List.of());

    /** Each region as first row, last row, first column, last column; by first row. */
    private final int[][] regions;

    private MergedCells(List<int[]> regions) {
        this.regions = regions.toArray(new int[0][]);
        Arrays.sort(this.regions, Comparator.comparingInt(r -> r[0]));
    }

    /** The regions of POI's range references ({@code A2:A3}); unreadable or single-cell ones are passed over. */
    static MergedCells of(List<String> references) {
        List<int[]> regions = new ArrayList<>(references.size());
        for (String reference : references) {
            try {
                CellRangeAddress range = CellRangeAddress.valueOf(reference);
                add(regions, range);
            } catch (RuntimeException e) {
                // not a range: nothing is merged there
            }
        }
        return regions.isEmpty() ? NONE : new MergedCells(regions);
    }

    /** The regions HSSF gives. */
    static MergedCells ofRanges(List<CellRangeAddress> ranges) {
        List<int[]> regions = new ArrayList<>(ranges.size());
        ranges.forEach(range -> add(regions, range));
        return regions.isEmpty() ? NONE : new MergedCells(regions);
    }

    /**
     * Columns past this one are never filled: no inventory has that many, and a region merged across a whole
     * row (to Excel's column 16,384) would otherwise cost that many cells on each row it covers.
     */
    static final int LAST_COLUMN = 1023;

    private static void add(List<int[]> regions, CellRangeAddress range) {
        if (range.getFirstRow() >= 0 && range.getFirstColumn() >= 0 && range.getFirstColumn() <= LAST_COLUMN
                && range.getNumberOfCells() > 1) {
            regions.add(new int[] {range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
                    Math.min(range.getLastColumn(), LAST_COLUMN)});
        }
    }

    /** A pass over the rows in order, or {@code null} when nothing is merged. */
    Pass pass() {
        return regions.length == 0 ? null : new Pass();
    }

    /** One pass over the sheet's rows, in increasing order: the regions that cover the current row. */
    final class Pass {
        private final List<int[]> active = new ArrayList<>();
        private final List<String> activeValues = new ArrayList<>();
        private int next;
        private int row;
        /** The header row, once known: a region that starts on or above it is a header's, and fills no data row. */
        private int header;

        /** The sheet's header row is that one: regions from it or above it do not reach into the rows below. */
        void headerAt(int rowNumber) {
            header = rowNumber;
        }

        private boolean applies(int[] region) {
            return row <= header || region[0] > header;
        }

        /** Gives the cells of the row that merged regions cover the value of their region's top-left cell. */
        void fill(int rowNumber, List<String> cells) {
            row = rowNumber;
            for (int i = active.size() - 1; i >= 0; i--) {
                if (active.get(i)[1] < row) {
                    active.remove(i);
                    activeValues.remove(i);
                }
            }
            while (next < regions.length && regions[next][0] <= row) {
                int[] region = regions[next];
                if (region[1] >= row) {
                    active.add(region);
                    activeValues.add(region[0] == row && region[2] < cells.size() ? cells.get(region[2]) : null);
                }
                next++;
            }
            for (int i = 0; i < active.size(); i++) {
                int[] region = active.get(i);
                if (!applies(region)) {
                    continue;
                }
                String value = activeValues.get(i);
                for (int column = region[2]; column <= region[3]; column++) {
                    if (row != region[0] || column != region[2]) {
                        set(cells, column, value);
                    }
                }
            }
        }

        /** The last row of the region covering that cell of the current row; the row itself when none does. */
        int until(int rowNumber, int column) {
            int[] region = regionAt(rowNumber, column);
            return region == null ? rowNumber : region[1];
        }

        /** Whether that cell of the current row shows another cell's value (it is covered, not a top-left). */
        boolean copied(int rowNumber, int column) {
            int[] region = regionAt(rowNumber, column);
            return region != null && (region[0] != rowNumber || region[2] != column);
        }

        private int[] regionAt(int rowNumber, int column) {
            if (rowNumber != row) {
                return null;
            }
            for (int[] region : active) {
                if (region[2] <= column && column <= region[3] && applies(region)) {
                    return region;
                }
            }
            return null;
        }
    }

    private static void set(List<String> cells, int index, String value) {
        while (cells.size() <= index) {
            cells.add(null);
        }
        cells.set(index, value);
    }
}
