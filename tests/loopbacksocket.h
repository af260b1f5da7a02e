#pragma once

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

// A TCP socket on 127.0.0.1 with a port of the kernel's choice, for tests of
// servers that are down or hang. Listening, it plays a server that never
// replies, because the kernel completes the handshake into the backlog and
// no process reads. Only bound, it plays a server that is down, so
// connections are refused.
class LoopbackSocket
{
public:
    explicit LoopbackSocket(bool listen)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        address.sin_port = 0;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return;
        socklen_t length = sizeof address;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        if (listen && ::listen(m_fd, 4) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }

    ~LoopbackSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    LoopbackSocket(const LoopbackSocket &) = delete;
    LoopbackSocket &operator=(const LoopbackSocket &) = delete;

    // The port, or 0 when the socket could not be set up.
    int port() const { return m_port; }

private:
    int m_fd = -1;
    int m_port = 0;
};
#endif
