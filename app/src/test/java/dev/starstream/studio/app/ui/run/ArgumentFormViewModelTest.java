package dev.starstream.studio.app.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms generated from parameter types: every kind of field, loading saved literals and giving them back. */
class ArgumentFormViewModelTest {
    private static final String CONTRACT = """
            contract;
            import { PublicKey } from starstream:std/types;
            struct Point { x: i32, y: i32 }
            enum Shape { Dot, Circle(u32), Rect { w: u8, h: u8 } }
            utxo Box {
                main fn new() { yield(); }
            }
            script fn everything(n: u8, flag: bool, p: Point, pair: (u64, bool), s: Shape, o: Option<u16>, key: PublicKey, b: Box) -> u8 {
                n
            }
            """;

    private static final ArgumentField.Choices CHOICES = new ArgumentField.Choices() {
        @Override
        public List<String> walletKeys() {
            return List.of("alice", "bob");
        }

        @Override
        public List<ArgumentField.HandleChoice> handles(Type type) {
            return List.of(new ArgumentField.HandleChoice("Newest Box", "newest Box"));
        }
    };

    private static ArgumentFormViewModel form() {
        SourceCompiler.Result result = new SourceCompiler().compile("form.star", CONTRACT);
        assertThat(result.diagnostics()).as(result.diagnostics().toString()).isEmpty();
        ScriptLayout script = ((SourceCompiler.Result.Compiled) result).contract().layout().script("everything").orElseThrow();
        return new ArgumentFormViewModel(script, CHOICES);
    }

    private static ArgumentField field(ArgumentFormViewModel form, String name) {
        return form.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().field();
    }

    @Test
    void eachParameterGetsTheFieldOfItsType() {
        ArgumentFormViewModel form = form();
        assertThat(form.parameters()).extracting(p -> p.name() + ": " + p.type() + " " + p.field().getClass().getSimpleName())
                .containsExactly("n: u8 IntField", "flag: bool BoolField", "p: Point StructField", "pair: (u64, bool) TupleField",
                        "s: Shape EnumField", "o: Option<u16> EnumField", "key: PublicKey KeyField", "b: Box HandleField");
    }

    @Test
    void defaultsAreValuesOfTheirTypesAndWalletAndLedgerChoicesComeFirst() {
        ArgumentFormViewModel form = form();
        assertThat(form.valid()).isTrue();
        assertThat(form.arguments()).extracting(a -> a.name() + " = " + a.value()).containsExactly(
                "n = 0", "flag = false", "p = Point { x: 0, y: 0 }", "pair = (0, false)", "s = Shape::Dot", "o = Option::None",
                "key = @alice", "b = newest Box");
    }

    @Test
    void integersAreCheckedAgainstTheirRange() {
        ArgumentFormViewModel form = form();
        ArgumentField.IntField n = (ArgumentField.IntField) field(form, "n");
        n.textProperty().set("300");
        assertThat(form.problemsProperty().get()).isEqualTo("n: 300 is out of range (u8: 0 … 255)");
        n.textProperty().set("-1");
        assertThat(form.problemsProperty().get()).isEqualTo("n: -1 is out of range (u8: 0 … 255)");
        n.textProperty().set("twelve");
        assertThat(form.problemsProperty().get()).isEqualTo("n: `twelve` is not a number");
        n.textProperty().set("0xff");
        assertThat(form.valid()).isTrue();
    }

    @Test
    void enumVariantsBringTheirPayloadFields() {
        ArgumentFormViewModel form = form();
        ArgumentField.EnumField shape = (ArgumentField.EnumField) field(form, "s");
        assertThat(shape.variantNames()).containsExactly("Dot", "Circle", "Rect");
        shape.variantProperty().set(2);
        ((ArgumentField.IntField) shape.payload(2).get(0).field()).textProperty().set("3");
        ((ArgumentField.IntField) shape.payload(2).get(1).field()).textProperty().set("4");
        assertThat(shape.literal()).isEqualTo("Shape::Rect { w: 3, h: 4 }");
        shape.variantProperty().set(1);
        assertThat(shape.literal()).isEqualTo("Shape::Circle(0)");
        ArgumentField.EnumField option = (ArgumentField.EnumField) field(form, "o");
        option.variantProperty().set(option.variantNames().indexOf("Some"));
        ((ArgumentField.IntField) option.payload(option.variantProperty().get()).getFirst().field()).textProperty().set("70000");
        assertThat(form.problemsProperty().get()).isEqualTo("o: 0: 70000 is out of range (u16: 0 … 65535)");
    }

    @Test
    void savedLiteralsLoadIntoTheFieldsAndComeBackUnchanged() {
        ArgumentFormViewModel form = form();
        RunConfiguration saved = RunConfiguration.of("c", "form.star", "everything").withArguments(List.of(
                new RunConfiguration.Argument("n", "7"), new RunConfiguration.Argument("flag", "true"),
                new RunConfiguration.Argument("p", "Point { y: 2, x: -1 }"), new RunConfiguration.Argument("pair", "(18446744073709551615, true)"),
                new RunConfiguration.Argument("s", "Shape::Circle(9)"), new RunConfiguration.Argument("o", "Option::Some(5)"),
                new RunConfiguration.Argument("key", "@bob"), new RunConfiguration.Argument("b", "newest Box")));
        form.load(saved);
        assertThat(form.arguments()).extracting(a -> a.name() + " = " + a.value()).containsExactly(
                "n = 7", "flag = true", "p = Point { x: -1, y: 2 }", "pair = (18446744073709551615, true)", "s = Shape::Circle(9)",
                "o = Option::Some(5)", "key = @bob", "b = newest Box");
        assertThat(form.valid()).isTrue();
    }

    @Test
    void aSavedValueThatIsNotOfItsTypeIsReportedUntilTheFieldIsEdited() {
        ArgumentFormViewModel form = form();
        form.load(RunConfiguration.of("c", "form.star", "everything").withArguments(List.of(
                new RunConfiguration.Argument("p", "Point { x: 1 }"), new RunConfiguration.Argument("key", "@carol"))));
        assertThat(form.problemsProperty().get()).contains("p: the saved value `Point { x: 1 }` is not a Point")
                .contains("key: no wallet key named carol");
        ((ArgumentField.KeyField) field(form, "key")).textProperty().set("@alice");
        assertThat(form.valid()).isTrue();
    }
}
