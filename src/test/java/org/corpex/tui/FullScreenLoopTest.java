package org.corpex.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.corpex.TestShell;
import org.junit.jupiter.api.Test;

/**
 * The real event loop, {@link FullScreen#run(org.corpex.shell.Shell, com.googlecode.lanterna.terminal.Terminal)}, on a
 * virtual terminal: keys arrive as input, commands run on the worker, resizes are noticed by the loop itself, and the
 * call returns when the user leaves.
 */
class FullScreenLoopTest {

    @Test
    void theLoopRunsCommandsFollowsResizesAndReturnsOnQ() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(100, 30));
        TestShell ts = TestShell.seeds();
        CompletableFuture<Integer> done = CompletableFuture.supplyAsync(() -> {
            try {
                return FullScreen.run(ts.shell(), vt);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        waitFor(vt, "5/5 docs");
        for (char c : "fMicrosoft".toCharArray()) vt.addInput(new KeyStroke(c, false, false));
        vt.addInput(new KeyStroke(KeyType.Enter));
        waitFor(vt, "4/5 docs");
        vt.setTerminalSize(new TerminalSize(60, 20));
        waitFor(vt, "corpex needs a window of at least 80x24;");
        vt.setTerminalSize(new TerminalSize(90, 25));
        waitFor(vt, "4/5 docs");
        vt.addInput(new KeyStroke(KeyType.Enter));
        waitFor(vt, "hit 1/");
        vt.addInput(new KeyStroke('q', false, false));
        waitFor(vt, "row 1/4");
        vt.addInput(new KeyStroke('q', false, false));
        assertThat(done.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(ts.session().filters()).hasSize(1);
    }

    private static void waitFor(DefaultVirtualTerminal vt, String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String screen = "";
        while (System.nanoTime() < end) {
            screen = text(vt);
            if (screen.contains(text)) return;
            Thread.sleep(20);
        }
        throw new AssertionError("timed out waiting for '" + text + "'; the screen was:\n" + screen);
    }

    private static String text(DefaultVirtualTerminal vt) {
        TerminalSize s = vt.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < s.getRows(); r++) {
            for (int c = 0; c < s.getColumns(); c++) {
                TextCharacter ch = vt.getCharacter(c, r);
                b.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) c++;
            }
            b.append('\n');
        }
        return b.toString();
    }
}
