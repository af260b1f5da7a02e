#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

class QPixmap;
class QWidget;

// The folder that receives the images of one language: windows, screen
// areas and PDF pages, each saved as name.png. Every tour of a run saves
// through the same folder, which lists the files written.
class ImageFolder
{
public:
    explicit ImageFolder(const QDir &dir) : m_dir(dir) {}

    // Waits until window is exposed and its layouts and posted events are
    // done, then saves its image. Returns false with *error set when the
    // window was not shown or the file could not be written.
    bool saveWindow(QWidget *window, const QString &name, QString *error);

    bool saveImage(const QPixmap &image, const QString &name, QString *error);

    // Renders the first page of the PDF file pdfPath with pdftoppm and
    // saves it without the footer and the blank space above it.
    bool savePdfPage(const QString &pdfPath, const QString &name, QString *error);

    // Returns the paths of the images written so far.
    QStringList savedFiles() const { return m_savedFiles; }

private:
    QDir m_dir;
    QStringList m_savedFiles;
};
