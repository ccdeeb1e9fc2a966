package vn.gov.hanoi.comms.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AreaTreeTest {

  @Nested
  class ThreeLevelTree2024 {

    private final AreaTree tree = ReferenceAreaFiles.tree(ReferenceAreaFiles.Y2024);

    @Test
    @DisplayName("A-1: the city is the root and the 30 district-level units are its children")
    void cityAndDistricts() {
      assertThat(tree.size()).isEqualTo(610);
      assertThat(tree.city().code()).isEqualTo("01");
      assertThat(tree.parentOf("01")).isEmpty();
      assertThat(tree.childrenOf("01")).hasSize(30).allMatch(a -> a.level() == AreaLevel.DISTRICT);
    }

    @Test
    @DisplayName("A-1: a ward's ancestors are its district then the city, nearest first")
    void ancestors() {
      assertThat(tree.ancestorsOf("00004")).extracting(Area::code).containsExactly("001", "01");
      assertThat(tree.parentOf("00004")).map(Area::name).contains("Quận Ba Đình");
      assertThat(tree.ancestorsOf("01")).isEmpty();
    }

    @Test
    @DisplayName("A-2: the district of a 2024 ward is its quận; a district is its own district")
    void nearestDistrict() {
      assertThat(tree.nearestDistrictOf("00004")).map(Area::code).contains("001");
      assertThat(tree.nearestDistrictOf("09019")).map(Area::name).contains("Huyện Mê Linh");
      assertThat(tree.nearestDistrictOf("268")).map(Area::code).contains("268");
      assertThat(tree.nearestDistrictOf("01")).isEmpty();
    }

    @Test
    @DisplayName("A-1: containment follows the tree and includes the area itself")
    void containment() {
      assertThat(tree.contains("01", "00004")).isTrue();
      assertThat(tree.contains("001", "00004")).isTrue();
      assertThat(tree.contains("00004", "00004")).isTrue();
      assertThat(tree.contains("002", "00004")).isFalse();
      assertThat(tree.contains("00004", "001")).isFalse();
    }

    @Test
    @DisplayName("A-1: communes under a district, under the city, and of a commune itself")
    void communesUnder() {
      assertThat(tree.communesUnder("001")).hasSize(14).allMatch(a -> a.parentCode().equals("001"));
      assertThat(tree.communesUnder("01")).hasSize(579);
      assertThat(tree.communesUnder("00004")).extracting(Area::code).containsExactly("00004");
    }

    @Test
    @DisplayName("A-1: an unknown code is reported by name")
    void unknownCode() {
      assertThat(tree.find("99999")).isEmpty();
      assertThatThrownBy(() -> tree.require("99999"))
          .isInstanceOf(UnknownAreaException.class)
          .hasMessageContaining("99999");
      assertThatThrownBy(() -> tree.contains("01", "99999"))
          .isInstanceOf(UnknownAreaException.class);
    }

    @Test
    @DisplayName("A-1: the tree cannot be changed through the lists it hands out")
    void immutable() {
      List<Area> children = tree.childrenOf("001");
      assertThatThrownBy(() -> children.clear()).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> tree.ancestorsOf("00004").clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(tree.all()).hasSize(610).first().isEqualTo(tree.city());
    }
  }

  @Nested
  class TwoLevelTreeFromJuly2025 {

    private final AreaTree tree = ReferenceAreaFiles.tree(ReferenceAreaFiles.FROM_JULY_2025);

    @Test
    @DisplayName("A-2: a 2025 ward has no district; its parent is the city")
    void noDistrictLevel() {
      assertThat(tree.size()).isEqualTo(127);
      assertThat(tree.nearestDistrictOf("00004")).isEmpty();
      assertThat(tree.parentOf("00004")).contains(tree.city());
      assertThat(tree.ancestorsOf("00004")).containsExactly(tree.city());
    }

    @Test
    @DisplayName("A-2: a reused code means the new unit in the 2025 set (00004 is Phường Ba Đình)")
    void codesAreKeyedBySet() {
      assertThat(tree.require("00004").name()).isEqualTo("Phường Ba Đình");
      assertThat(tree.communesUnder("01")).hasSize(126);
      assertThat(tree.contains("01", "00004")).isTrue();
    }
  }

  @Nested
  class FirstHalf2025 {

    private final AreaTree tree = ReferenceAreaFiles.tree(ReferenceAreaFiles.H1_2025);

    @Test
    @DisplayName(
        "A-1: the January-June 2025 tree has 30 districts and 526 communes, each commune in a district")
    void shape() {
      assertThat(tree.size()).isEqualTo(557);
      assertThat(tree.childrenOf("01")).hasSize(30);
      assertThat(tree.communesUnder("01"))
          .hasSize(526)
          .allSatisfy(c -> assertThat(tree.nearestDistrictOf(c.code())).isPresent());
    }
  }

  @Test
  @DisplayName("A-1: a tree is refused when its rows do not form one tree")
  void refusesNonTrees() {
    Area city = new Area("01", "Hà Nội", AreaLevel.CITY, "thành phố", null);
    Area a = new Area("001", "A", AreaLevel.DISTRICT, "quận", "002");
    Area b = new Area("002", "B", AreaLevel.DISTRICT, "quận", "001");

    assertThatThrownBy(() -> new AreaTree(List.of(city, a, b))).hasMessageContaining("cycle");
    assertThatThrownBy(() -> new AreaTree(List.of(city, city))).hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> new AreaTree(List.of(a))).hasMessageContaining("unknown parent");
  }
}
