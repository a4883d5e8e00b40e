// SPDX-License-Identifier: MIT
// Container id and runtime from cgroup paths, as a table.
#include <QtTest>

#include "proclens/container.h"

using namespace proclens;

namespace {
const QString kId = "4f1c3b2a9d8e7f6051423a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d";
const QString kId2 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
}  // namespace

class TestContainer : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("runtime");
        // docker
        QTest::newRow("docker cgroupfs") << "/docker/" + kId << kId << "docker";
        QTest::newRow("docker cgroupfs v1 subpath") << "/docker/" + kId + "/init" << kId << "docker";
        QTest::newRow("docker systemd") << "/system.slice/docker-" + kId + ".scope" << kId << "docker";
        QTest::newRow("docker in kubepods systemd")
            << "/kubepods.slice/kubepods-besteffort.slice/kubepods-besteffort-pod1234_5678.slice/docker-" + kId + ".scope"
            << kId << "docker";
        // containerd / CRI
        QTest::newRow("cri-containerd systemd")
            << "/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-podab12.slice/cri-containerd-" + kId +
                   ".scope"
            << kId << "containerd";
        QTest::newRow("kubepods cgroupfs")
            << "/kubepods/burstable/pod0b2e6b5e-2c2d-4a9e-8a1b-7e8e6d5c4b3a/" + kId << kId << "containerd";
        QTest::newRow("kubepods besteffort cgroupfs") << "/kubepods/besteffort/podabc/" + kId2 << kId2 << "containerd";
        // cri-o
        QTest::newRow("crio") << "/kubepods.slice/kubepods-pod1.slice/crio-" + kId + ".scope" << kId << "cri-o";
        QTest::newRow("crio conmon") << "/machine.slice/crio-conmon-" + kId + ".scope" << kId << "cri-o";
        // podman / libpod
        QTest::newRow("libpod systemd") << "/machine.slice/libpod-" + kId + ".scope" << kId << "podman";
        QTest::newRow("libpod rootless")
            << "/user.slice/user-1000.slice/user@1000.service/user.slice/libpod-" + kId + ".scope/container" << kId
            << "podman";
        QTest::newRow("libpod conmon") << "/machine.slice/libpod-conmon-" + kId + ".scope" << kId << "podman";
        QTest::newRow("libpod cgroupfs") << "/libpod_parent/libpod-" + kId << kId << "podman";
        // innermost wins
        QTest::newRow("nested: innermost") << "/docker/" + kId + "/docker/" + kId2 << kId2 << "docker";
        // not containers
        QTest::newRow("root") << "/" << "" << "";
        QTest::newRow("empty") << "" << "" << "";
        QTest::newRow("user session") << "/user.slice/user-1000.slice/session-2.scope" << "" << "";
        QTest::newRow("docker service") << "/system.slice/docker.service" << "" << "";
        QTest::newRow("short hex under docker") << "/docker/abc123" << "" << "";
        QTest::newRow("uppercase hex") << "/docker/" + kId.toUpper() << "" << "";
        QTest::newRow("64 hex elsewhere") << "/foo/" + kId << "" << "";
        QTest::newRow("prefix without id") << "/system.slice/docker-.scope" << "" << "";
        QTest::newRow("prefix with non-hex") << "/machine.slice/libpod-zzzzzzzzzzzzzzzz.scope" << "" << "";
    }

    void parse()
    {
        QFETCH(QString, path);
        QFETCH(QString, id);
        QFETCH(QString, runtime);
        const ContainerInfo info = container_from_cgroup(path.toStdString());
        QCOMPARE(QString::fromStdString(info.id), id);
        QCOMPARE(QString::fromStdString(info.runtime), runtime);
    }
};

QTEST_GUILESS_MAIN(TestContainer)
#include "tst_container.moc"
