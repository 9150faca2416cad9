package dev.starstream.studio.app.ui.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagramLayoutTest {
    private final DiagramLayout layout = new DiagramLayout(3, 1000, 1.0, 800, 400, 0, 0);

    @Test
    void lanesShareTheWidthButKeepAMinimumDistance() {
        assertThat(layout.laneSpacing()).isEqualTo((800 - DiagramLayout.GUTTER - 16) / 3);
        assertThat(new DiagramLayout(20, 10, 1.0, 800, 400, 0, 0).laneSpacing()).isEqualTo(DiagramLayout.MIN_LANE);
        assertThat(new DiagramLayout(20, 10, 1.0, 800, 400, 0, 0).maxScrollX()).isPositive();
    }

    @Test
    void onlyTheRowsOnScreenArePainted() {
        assertThat(layout.firstVisible()).isZero();
        assertThat(layout.lastVisible()).isLessThan(20);
        DiagramLayout scrolled = layout.withScroll(0, 15_000);
        assertThat(scrolled.firstVisible()).isBetween(495, 500);
        assertThat(scrolled.lastVisible()).isBetween(505, 515);
    }

    @Test
    void aPointMapsToTheRowUnderIt() {
        assertThat(layout.rowAt(10)).isEqualTo(-1);
        assertThat(layout.rowAt(DiagramLayout.HEADER + 1)).isZero();
        assertThat(layout.rowAt(DiagramLayout.HEADER + 3 * DiagramLayout.ROW + 1)).isEqualTo(3);
        assertThat(layout.withScroll(0, 300).rowAt(DiagramLayout.HEADER + 1)).isEqualTo(10);
    }

    @Test
    void aPointIsOnAnArrowBetweenItsLanes() {
        double middle = (layout.laneX(0) + layout.laneX(2)) / 2;
        assertThat(layout.onArrow(middle, 0, 2)).isTrue();
        assertThat(layout.onArrow(layout.laneX(2) + 40, 0, 1)).isFalse();
        assertThat(layout.onArrow(layout.laneX(1) + 30, 1, 1)).isTrue();
    }

    @Test
    void zoomScalesRowsAndScrollingIsClamped() {
        DiagramLayout big = new DiagramLayout(3, 1000, 2.0, 800, 400, 0, 0);
        assertThat(big.rowHeight()).isEqualTo(2 * DiagramLayout.ROW);
        assertThat(big.withScroll(-5, 1e9).scrollY()).isEqualTo(big.maxScrollY());
        assertThat(big.scrollToCenter(500)).isBetween(big.actY(500) - 400, big.actY(500));
    }
}
