package org.scosim.gui;

import org.scosim.output.plot.PngEncoder;
import javax.swing.JFrame;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pictures of the GUI's windows, painted from the components themselves (event thread only). */
public final class Snapshot {
    private Snapshot() {
    }

    /** The map window (with the charts under it) and the summit window beside them, at their on-screen sizes. */
    public static BufferedImage mapAndSummit(ScoWithUI gui) {
        Component a = gui.displayFrame.getContentPane(), b = gui.summitFrame.getContentPane();
        int left = a.getWidth();
        int w = left + b.getWidth(), h = Math.max(a.getHeight() + 300, b.getHeight());
        BufferedImage img = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        paint(g, a, 0, 0);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        gui.charts.drawInto(g, new java.awt.Rectangle(0, a.getHeight() + 2, left, h - a.getHeight() - 2));
        paint(g, b, left, 0);
        g.setColor(Color.GRAY);
        g.drawLine(left, 0, left, h);
        g.drawLine(0, a.getHeight(), left, a.getHeight());
        g.dispose();
        return img;
    }

    /** The whole 1366 x 768 screen area with every window where it stands (title bars are not drawn). */
    public static BufferedImage screen(ScoWithUI gui, JFrame console) {
        BufferedImage img = new BufferedImage(ScoWithUI.SCREEN_W, ScoWithUI.SCREEN_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x40, 0x40, 0x40));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        for (JFrame f : new JFrame[]{gui.displayFrame, gui.summitFrame, console, gui.chartsFrame}) {
            if (f == null) continue;
            Insets in = f.getInsets();
            paint(g, f.getRootPane(), f.getX() + in.left, f.getY() + in.top);
        }
        g.dispose();
        return img;
    }

    private static void paint(Graphics2D g, Component c, int x, int y) {
        Graphics2D gc = (Graphics2D) g.create(x, y, c.getWidth(), c.getHeight());
        c.printAll(gc);
        gc.dispose();
    }

    public static void write(BufferedImage img, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        PngEncoder.writeFile(img, file);
    }
}
